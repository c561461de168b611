import { Field } from '../../components/ui/Field'
import { TextInput } from '../../components/ui/TextInput'
import type { RequiredGasLimit } from './checkBaseCostInputs'

export type GasLimitFieldProps = {
  value: string
  onChange: (value: string) => void
  check: RequiredGasLimit
}

/** The typed L2 gas limit (1 to 72,000,000). */
export function GasLimitField({ value, onChange, check }: GasLimitFieldProps) {
  return (
    <Field
      label="L2 gas limit (gas units)"
      error={check.ok ? undefined : check.message}
      hint="At most 72,000,000, the limit of one L1→L2 transaction."
    >
      {(control) => (
        <TextInput
          {...control}
          name="l2GasLimit"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}
