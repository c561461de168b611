import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import {
  type GetRevertReasonQueryParameters,
  getRevertReasonQueryOptions,
} from '../bridge/query/getRevertReason'

/** Why a transaction reverted, decoded with `abi` when given (only asked for when `hash` is set). */
export function useRevertReason(parameters: GetRevertReasonQueryParameters) {
  return useQuery(getRevertReasonQueryOptions(useConfig(), parameters))
}
