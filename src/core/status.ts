/**
 * Why an answer ended as it did (`category_reason`, after GOV.UK Chat). Clients and metrics rely on these values:
 * adding one is an API change (docs/api.md).
 */
export const STATUSES = [
  'answered',
  'greeting',
  'clarification_needed',
  'unanswerable_no_sources',
  'unanswerable_out_of_scope',
  'degraded_fallback',
  'guardrail_injection',
  'guardrail_system_prompt',
  'guardrail_personal_data',
  'guardrail_declined',
  'error_invalid_input',
  'error_llm_unavailable',
  'error_internal',
] as const;

export type Status = (typeof STATUSES)[number];
