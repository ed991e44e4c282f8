// Waiting in the browser for something that Slidev renders in its own time (slides of the search
// index, the handout's slides).

/** Resolves once `check` holds (polled every 25 ms), or rejects after `timeout` ms naming `what`. */
export function waitFor(check: () => boolean, what: string, timeout = 10_000): Promise<void> {
  const start = performance.now()
  return new Promise((resolve, reject) => {
    const poll = (): void => {
      if (check())
        resolve()
      else if (performance.now() - start > timeout)
        reject(new Error(`Timed out waiting for ${what}`))
      else
        setTimeout(poll, 25)
    }
    poll()
  })
}
