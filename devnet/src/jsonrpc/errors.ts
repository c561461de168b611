// JSON-RPC 2.0 error codes and the error type the server replies with and the client throws.

export type JsonRpcId = string | number | null

export const JSON_RPC_PARSE_ERROR = -32700
export const JSON_RPC_INVALID_REQUEST = -32600
export const JSON_RPC_METHOD_NOT_FOUND = -32601
export const JSON_RPC_INVALID_PARAMS = -32602
export const JSON_RPC_INTERNAL_ERROR = -32603

/**
 * An error with a JSON-RPC `code`. Thrown by a handler it reaches the client verbatim (that is
 * how upstream errors such as anvil's `{ code: 3, message: 'execution reverted…', data }` are
 * relayed); thrown by {@link rpcCall} it carries the error the server answered.
 */
export class JsonRpcError extends Error {
  readonly code: number
  readonly data: unknown
  constructor(code: number, message: string, data?: unknown) {
    super(message)
    this.name = 'JsonRpcError'
    this.code = code
    this.data = data
  }

  toJSON(): { code: number; message: string; data?: unknown } {
    return this.data === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, data: this.data }
  }
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}
