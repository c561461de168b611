import { AddressInput } from '../../components/ui/AddressInput'
import { Alert } from '../../components/ui/Alert'
import { Field } from '../../components/ui/Field'
import { Select } from '../../components/ui/Select'
import { TextArea, TextInput } from '../../components/ui/TextInput'
import type { ChainPair } from '../../config/chains'
import { useIsContract } from '../../hooks/useIsContract'
import {
  type CallFormCheck,
  type CallFormValues,
  type CallMode,
  functionKey,
} from './checkCallForm'

export type CallInputsProps = {
  pair: ChainPair
  form: CallFormValues
  check: CallFormCheck
  onChange: (patch: Partial<CallFormValues>) => void
}

const shown = (text: string, message: string | undefined) =>
  text.trim() === '' ? undefined : message

/** The L2 call: target, and either an ABI with one field per argument or raw calldata. */
export function CallInputs({ pair, form, check, onChange }: CallInputsProps) {
  const target = check.target.ok ? check.target.value : undefined
  const isContract = useIsContract({ chainId: pair.l2.id, address: target })
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <AddressInput
          label={`Contract on ${pair.l2.name}`}
          name="target"
          value={form.target}
          onChange={(value) => onChange({ target: value })}
          error={!check.target.ok ? shown(form.target, check.target.message) : undefined}
        />
        {isContract.data === false && (
          <Alert tone="warn" title="No contract at this address on the L2">
            The call will only move the L2 value (if any): there is no code to run.
          </Alert>
        )}
      </div>
      <Select<CallMode>
        label="Call"
        value={form.mode}
        onChange={(mode) => onChange({ mode })}
        options={[
          { value: 'abi', label: 'From an ABI or a function signature' },
          { value: 'raw', label: 'Raw calldata' },
        ]}
      />
      {form.mode === 'abi' ? (
        <>
          <Field
            label="ABI or function signature"
            error={shown(form.abi, check.abiError)}
            hint="Paste a JSON ABI, or signatures such as: function setGreeting(string greeting)"
          >
            {(control) => (
              <TextArea
                {...control}
                name="abi"
                rows={3}
                spellCheck={false}
                value={form.abi}
                onChange={(event) => onChange({ abi: event.target.value, args: [] })}
                placeholder="function incrementBy(uint256 by)"
              />
            )}
          </Field>
          {check.functions.length > 1 && (
            <Select<string>
              label="Function"
              value={check.fn ? functionKey(check.fn) : ''}
              onChange={(fn) => onChange({ fn, args: [] })}
              options={check.functions.map((f) => ({
                value: functionKey(f),
                label: functionKey(f),
              }))}
            />
          )}
          {check.fn?.inputs.map((input, i) => (
            <Field
              key={`${functionKey(check.fn as never)}-${input.name ?? ''}-${input.type}-${String(i)}`}
              label={`${input.name || `Argument ${i + 1}`} (${input.type})`}
              error={shown(form.args[i] ?? '', check.argErrors[i])}
              hint={/\[|tuple/.test(input.type) ? 'As JSON, e.g. [1, 2]' : undefined}
            >
              {(control) => (
                <TextInput
                  {...control}
                  name={`arg-${i}`}
                  autoComplete="off"
                  spellCheck={false}
                  value={form.args[i] ?? ''}
                  onChange={(event) => {
                    const args = [...form.args]
                    args[i] = event.target.value
                    onChange({ args })
                  }}
                />
              )}
            </Field>
          ))}
        </>
      ) : (
        <Field
          label="Calldata"
          error={!check.calldata.ok ? shown(form.calldata, check.calldata.message) : undefined}
          hint="Hex, starting with the 4-byte function selector. Empty: no call, only the L2 value."
        >
          {(control) => (
            <TextArea
              {...control}
              name="calldata"
              rows={3}
              spellCheck={false}
              value={form.calldata}
              onChange={(event) => onChange({ calldata: event.target.value.trim() })}
              placeholder="0x…"
            />
          )}
        </Field>
      )}
    </div>
  )
}
