import { ValidationError } from 'payload'

/** One field's error as Payload reports it: the field's path (e.g. `layout.0.content`) and the message. */
export interface FieldError {
  path: string
  message: string
}

/** The field errors of a REST answer (Payload's ValidationError shape); none when the answer has none. */
export async function fieldErrorsOf(response: Response): Promise<FieldError[]> {
  const body = (await response.json()) as {
    errors?: { message?: string; data?: { errors?: FieldError[] } }[]
  }
  return (body.errors ?? []).flatMap((error) => error.data?.errors ?? [])
}

/**
 * The field errors of a Local API call that must fail.
 * @throws when the call succeeds, or fails with anything but a ValidationError
 */
export async function localFieldErrors(action: Promise<unknown>): Promise<FieldError[]> {
  const error: unknown = await action.then(
    () => new Error('expected a validation error'),
    (thrown: unknown) => thrown,
  )
  if (!(error instanceof ValidationError)) throw error
  return (error.data as { errors: FieldError[] }).errors
}
