/** A list's search box: what it finds in its name for a screen reader, a hint in its placeholder. */
export function SearchInput(props: {
  label: string
  /** The hint shown in the empty box; the label when none. */
  placeholder?: string
  value: string
  onChange: (text: string) => void
}) {
  return (
    <input
      type="search"
      aria-label={props.label}
      placeholder={props.placeholder ?? props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  )
}
