// The hall (issue 27): when the page was served by `npm run hall` (the server marks it), the hall's
// layer is mounted beside the deck (app/hall/HallLayer.vue), with the deck's navigation. On any other
// host nothing is loaded.
import { useNav } from '@slidev/client'
import { defineRootSetup } from '@slidev/types'
import { useRouter } from 'vue-router'
import { hallJoinUrl } from '../app/hall/client'

export default defineRootSetup(() => {
  const joinUrl = hallJoinUrl()
  if (!joinUrl)
    return
  const nav = useNav()
  const router = useRouter()
  void Promise.all([import('vue'), import('../app/hall/HallLayer.vue')]).then(([{ createApp }, { default: HallLayer }]) => {
    const host = document.createElement('div')
    host.id = 'hall-layer'
    document.body.append(host)
    createApp(HallLayer, {
      nav,
      joinUrl,
      routeName: () => router.currentRoute.value.name as string | undefined,
      routePassword: () => {
        const password = router.currentRoute.value.query.password
        return typeof password === 'string' ? password : undefined
      },
    }).mount(host)
  })
})
