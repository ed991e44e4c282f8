// Questions on what the lecture and its documents say: asked in the hall from the presenter's laptop
// (node/hall/, app/hall/) and offered to the student who studies alone. Each names the slide whose
// text answers it, by the slide's title in slides.md (tests/unit/questions.test.ts resolves it and
// checks that the slide is in the question's section). The right answer is what the slide shows, word
// for word where a choice quotes it. The explanation is the deck's editors' words, labelled so
// wherever a student reads it (EXPLANATION_LABEL); a fact it adds beyond the slide cites the source
// register as the speaker notes do (`[@id]` or `[@id, pinpoint]`, data/notes.ts).
import type { SectionId } from './types'
import { listOf } from './ids'

/** Put over every explanation, so that no one takes it for the lecturer's words. */
export const EXPLANATION_LABEL = 'Explanation by the deck’s editors, not the lecturer’s words'

/** Three to five choices, in the order they are shown. */
export type Choices = [string, string, string] | [string, string, string, string] | [string, string, string, string, string]

interface QuestionBase {
  /** Stable id: used in the hall's saved results and in addresses. */
  id: string
  section: SectionId
  /** The title of the slide that answers it, as its `#` heading in slides.md. */
  slide: string
  prompt: string
  choices: Choices
  /** The editors' explanation, Markdown with citations; it points to the slide. */
  explanation: string
}

/** A question on what the lecture or a document says: one choice is right. */
export interface KnowledgeQuestion extends QuestionBase {
  kind: 'knowledge'
  /** Index into `choices` of the right answer. */
  answer: 0 | 1 | 2 | 3 | 4
  /** The words of the lecture (tests/fixtures/source.md, word for word) that give the answer. */
  evidence: [string, ...string[]]
}

/** An opinion question: no choice is right, and every output says so. */
export interface OpinionQuestion extends QuestionBase {
  kind: 'opinion'
}

export type Question = KnowledgeQuestion | OpinionQuestion

/** What outputs say in place of a right answer for an opinion question. */
export const NO_RIGHT_ANSWER = 'An opinion question: there is no right answer.'

export const questions = listOf<Question>('question')([
  {
    id: 'strands',
    section: 'development',
    slide: 'The documents of the alliance',
    kind: 'knowledge',
    prompt: 'Into which three strands does the lecture sort the documents of the alliance?',
    choices: [
      'Japan-US Security Treaty, Japan-US Defense Cooperation, Japan-US Security Consultation',
      'Peace Treaty, Constitution, Self Defense Forces',
      'Trade, culture and defense',
    ],
    answer: 0,
    evidence: ['Japan-US Security Treaty', 'Japan-US Defense Cooperation', 'Japan-US Security Consultation'],
    explanation: 'The slide “The documents of the alliance” sets the five documents in these three strands, the last being the joint statements and documents of the Security Consultative Committee (SCC).',
  },
  {
    id: 'against-for',
    section: 'development',
    slide: 'Historical Background',
    kind: 'knowledge',
    prompt: 'The historical background runs “From Security against Japan to …” what?',
    choices: ['Security for Japan', 'Security against China', 'Security without the United States', 'Security for Asia alone'],
    answer: 0,
    evidence: ['From Security against Japan to for Japan'],
    explanation: 'The first line of “Historical Background” reads “From Security against Japan to for Japan”. The Security Treaty’s preamble records that Japan, disarmed, desired that the United States “should maintain armed forces of its own in and about Japan so as to deter armed attack upon Japan” [@treaty-1951, preamble].',
  },
  {
    id: 'treaty-date',
    section: 'development',
    slide: 'The documents of the alliance',
    kind: 'knowledge',
    prompt: 'When was the Treaty of Mutual Cooperation and Security signed?',
    choices: ['September 8, 1951', 'January 19, 1960', 'September 23, 1997', 'February 19, 2005'],
    answer: 1,
    evidence: ['Treaty of Mutual Cooperation and Security between Japan and the United States of America January 19, 1960'],
    explanation: 'The timeline on “The documents of the alliance” dates it January 19, 1960; September 8, 1951 is the first Security Treaty. The treaty of 1960 entered into force on 23 June 1960 [@embassy-2020].',
  },
  {
    id: 'article-5-where',
    section: 'treaty',
    slide: 'Article V',
    kind: 'knowledge',
    prompt: 'Under Article V, an armed attack against either Party where would be dangerous to each Party’s own peace and safety?',
    choices: [
      'Anywhere in the Asia-Pacific region',
      'In the territories under the administration of Japan',
      'In the territory of the United States',
      'On the high seas around Japan',
    ],
    answer: 1,
    evidence: ['an armed attack against either Party in the territories under the administration of Japan would be dangerous to its own peace and safety'],
    explanation: 'Article V speaks of “an armed attack against either Party in the territories under the administration of Japan”: an attack on U.S. forces there is covered as well as one on Japan.',
  },
  {
    id: 'article-5-report',
    section: 'treaty',
    slide: 'Article V',
    kind: 'knowledge',
    prompt: 'Under Article V, to whom must such an armed attack and the measures taken be reported immediately?',
    choices: ['The Security Consultative Committee', 'The National Diet of Japan', 'The Security Council of the United Nations'],
    answer: 2,
    evidence: ['shall be immediately reported to the Security Council of the United Nations'],
    explanation: 'Article V: they “shall be immediately reported to the Security Council of the United Nations in accordance with the provisions of Article 51 of the Charter”, and end when the Security Council has acted [@treaty-1960, Article V].',
  },
  {
    id: 'article-6-purpose',
    section: 'treaty',
    slide: 'Article VI',
    kind: 'knowledge',
    prompt: 'For what purpose does Article VI grant the United States the use of facilities and areas in Japan?',
    choices: [
      'The defense of the United States mainland',
      'Contributing to the security of Japan and the maintenance of international peace and security in the Far East',
      'The occupation of Japan until a peace treaty',
    ],
    answer: 1,
    evidence: ['For the purpose of contributing to the security of Japan and the maintenance of international peace and security in the Far East, the United States of America is granted the use'],
    explanation: 'Article VI opens with that purpose. Its use of facilities and areas is governed by a separate agreement, which U.S. Forces, Japan printed with the treaty as the “Status of Forces Agreement” [@usfj-1960].',
  },
  {
    id: 'guidelines-place',
    section: 'guidelines',
    slide: 'Guidelines for Japan-US Defense Cooperation',
    kind: 'knowledge',
    prompt: 'Where and when were the Guidelines for Japan-US Defense Cooperation issued, as the lecture dates them?',
    choices: ['Tokyo, February 28, 1952', 'New York, September 23, 1997', 'Washington, February 19, 2005', 'San Francisco, September 8, 1951'],
    answer: 1,
    evidence: ['New York, September 23, 1997'],
    explanation: 'The slide dates them “New York, September 23, 1997”. They replaced the first Guidelines, approved by the Security Consultative Committee on 27 November 1978 [@scc-1997].',
  },
  {
    id: 'guidelines-areas',
    section: 'guidelines',
    slide: 'Guidelines for Japan-US Defense Cooperation',
    kind: 'knowledge',
    prompt: 'Which of these is NOT one of the three areas of cooperation the Guidelines set out?',
    choices: [
      'Cooperation under normal circumstances',
      'Actions in response to an armed attack against Japan',
      'Cooperation in Situations in Areas Surrounding Japan',
      'A joint command of Japanese and U.S. forces',
    ],
    answer: 3,
    evidence: ['Cooperation under normal circumstances', 'Actions in response to an armed attack against Japan', 'Cooperation in Situations in Areas Surrounding Japan'],
    explanation: 'The slide lists the three areas: normal circumstances, an armed attack against Japan, and situations in areas surrounding Japan. A joint command is not among them.',
  },
  {
    id: 'surrounding-activities',
    section: 'surrounding',
    slide: 'Situations in Areas Surrounding Japan: outline',
    kind: 'knowledge',
    prompt: 'Which of these is one of the “Activities Initiated by Either Government”?',
    choices: ['Search and Rescue', 'Joint nuclear planning', 'Trade negotiations'],
    answer: 0,
    evidence: ['Search and Rescue'],
    explanation: 'The outline lists four: relief activities and measures to deal with refugees, search and rescue, noncombatant evacuation operations, and activities for ensuring the effectiveness of economic sanctions.',
  },
  {
    id: 'use-of-facilities',
    section: 'surrounding',
    slide: 'Japan\'s Support for U.S. Forces Activities',
    kind: 'knowledge',
    prompt: 'Under “Use of Facilities”, what will Japan ensure in case of need?',
    choices: [
      'The temporary use by U.S. forces of SDF facilities and civilian airports and ports',
      'The transfer of civilian airports to U.S. forces',
      'The command of the SDF by U.S. forces',
    ],
    answer: 0,
    evidence: ['ensure the temporary use by U.S. forces of SDF facilities and civilian airports and ports'],
    explanation: 'The slide: Japan will “provide additional facilities and areas in a timely and appropriate manner, and ensure the temporary use by U.S. forces of SDF facilities and civilian airports and ports”.',
  },
  {
    id: 'rear-area',
    section: 'surrounding',
    slide: 'Japan\'s Support for U.S. Forces Activities (continued)',
    kind: 'knowledge',
    prompt: 'Where, “by its very nature”, will Japan’s rear area support be provided primarily?',
    choices: ['In areas where combat operations are being conducted', 'In Japanese territory', 'In the territory of the United States'],
    answer: 1,
    evidence: ['By its very nature, Japan\'s rear area support will be provided primarily in Japanese territory'],
    explanation: 'The slide: “primarily in Japanese territory”; it may also be provided on the high seas and international airspace around Japan, away from combat. Japan’s law of 1999 defines the rear area in the same way, as Japan’s territory and the high seas and airspace around Japan where no combat is taking place (the editors’ translation) [@act-1999, Article 3].',
  },
  {
    id: 'scc-date',
    section: 'scc',
    slide: 'The Joint Statement by the Security Consultative Committee (SCC) 2/19 2005',
    kind: 'knowledge',
    prompt: 'On what date did the Security Consultative Committee issue the Joint Statement of section 5?',
    choices: ['January 19, 1960', 'September 23, 1997', 'February 19, 2005', 'May 1, 2006'],
    answer: 2,
    evidence: ['The Joint Statement by the Security Consultative Committee (SCC) February 19, 2005'],
    explanation: '“2/19 2005” in the section’s title: 19 February 2005. The committee met in Washington that day [@scc-2005, paragraph 1]; May 1, 2006 is the Roadmap.',
  },
  {
    id: 'regional-objective',
    section: 'scc',
    slide: 'Regional common strategic objectives',
    kind: 'knowledge',
    prompt: 'Which of these is a REGIONAL common strategic objective of the statement?',
    choices: [
      'Prevent and eradicate terrorism.',
      'Support peaceful unification of the Korean Peninsula.',
      'Maintain and enhance the stability of the global energy supply.',
    ],
    answer: 1,
    evidence: ['Support peaceful unification of the Korean Peninsula.'],
    explanation: 'The Korean Peninsula is the second regional objective. Terrorism and the global energy supply are among the global objectives, on the next slide.',
  },
  {
    id: 'security-council',
    section: 'scc',
    slide: 'Global common strategic objectives',
    kind: 'knowledge',
    prompt: 'The global objective on the United Nations Security Council looks to realize what?',
    choices: [
      'Japan’s aspiration to become a permanent member',
      'A Security Council without permanent members',
      'The end of the veto',
    ],
    answer: 0,
    evidence: ['to realize Japan\'s aspiration to become a permanent member'],
    explanation: 'The objective: improve the Security Council’s effectiveness “by making the best use of the current momentum to realize Japan’s aspiration to become a permanent member”.',
  },
  {
    id: 'challenges-listed',
    section: 'challenges',
    slide: 'Challenges',
    kind: 'knowledge',
    prompt: 'Which of these does the lecture list among the challenges of the alliance?',
    choices: ['Afghanistan issues', 'A new trade agreement', 'The return of the Northern Territories'],
    answer: 0,
    evidence: ['Afghanistan issues'],
    explanation: 'The slide lists five: the new administration, roles and missions, the transformation of U.S. forces in Japan, Afghanistan issues, and nuclear abolishment and extended deterrence.',
  },
  {
    id: 'challenges-weigh',
    section: 'challenges',
    slide: 'Challenges',
    kind: 'opinion',
    prompt: 'Which of these challenges weighs most?',
    choices: [
      'The might-be change reflecting Japan’s new administration',
      'Roles and missions between Japan and the U.S.',
      'Transformation of the US military forces in Japan',
      'Afghanistan issues',
      'Nuclear abolishment policy and the extended deterrence',
    ],
    explanation: 'The five challenges of the slide “Challenges”; the lecture ranks none above the others.',
  },
])

/** A question's id: the ids above, and no other. */
export type QuestionId = (typeof questions)[number]['id']

export function questionsOf(section: SectionId): Question[] {
  return questions.filter(q => q.section === section)
}

/** The right answer's text, or the opinion question's note. */
export function answerText(question: Question): string {
  return question.kind === 'knowledge' ? question.choices[question.answer]! : NO_RIGHT_ANSWER
}
