import { useState } from 'react'

/**
 * A form's typed values and the backend's message for each field, with `field(name)` giving a
 * TextField or DateField everything it shows of that field: its name, value, change and error.
 */
export function useFormFields<V extends Record<string, string>>(initial: V) {
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const field = (name: keyof V & string) => ({
    name,
    value: values[name]!,
    onChange: (value: string) => setValues((all) => ({ ...all, [name]: value })),
    error: errors[name],
  })
  return { values, errors, setErrors, field }
}
