import { useEffect, useRef, useState } from 'react'

export type NotificationPermissionState = NotificationPermission | 'unsupported'

function currentPermission(): NotificationPermissionState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission
}

/**
 * A browser notification when a withdrawal becomes ready while the page is open, only after the
 * user opted in (`optIn` asks for the permission then; nothing is asked on load). Keep it
 * mounted across the switch to "ready": it is what notices it.
 */
export function useReadyNotification(p: {
  /** Something stable per withdrawal (the notification's tag). */
  id: string
  ready: boolean
  title: string
  body: string
}) {
  const [permission, setPermission] = useState<NotificationPermissionState>(currentPermission)
  const [wanted, setWanted] = useState(false)
  const notified = useRef(false)
  const { id, ready, title, body } = p

  useEffect(() => {
    if (!ready || !wanted || notified.current || permission !== 'granted') return
    notified.current = true
    try {
      new Notification(title, { body, tag: `ferry-${id}` })
    } catch {
      // some browsers only notify from a service worker: the page itself shows it is ready
    }
  }, [ready, wanted, permission, title, body, id])

  return {
    permission,
    /** The user asked to be notified and the browser allows it. */
    armed: wanted && permission === 'granted',
    /** The user asked, the browser refuses (notifications blocked for this site). */
    blocked: wanted && permission === 'denied',
    optIn: async () => {
      setWanted(true)
      if (currentPermission() === 'default') setPermission(await Notification.requestPermission())
      else setPermission(currentPermission())
    },
  }
}
