import type { ComponentProps } from 'react'

/**
 * A form the page checks and sends itself: Enter in a field or the submit button calls
 * `onSubmit`; the browser neither reloads the page nor shows its own validation bubbles (the
 * fields show the contract's messages beside them).
 */
export function SubmitForm({
  onSubmit,
  ...form
}: Omit<ComponentProps<'form'>, 'onSubmit' | 'noValidate'> & { onSubmit: () => void }) {
  return (
    <form
      {...form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit()
      }}
    />
  )
}
