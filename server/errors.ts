/** Domain errors: services throw these; server/api/error-mapper.ts turns them into 4xx. */
export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  readonly fieldErrors?: FieldErrors;
  constructor(message: string, fieldErrors?: FieldErrors) {
    super(message);
    this.name = new.target.name;
    this.fieldErrors = fieldErrors;
  }
}

export class InvalidInput extends DomainError {}
export class NotFound extends DomainError {}
export class Conflict extends DomainError {}
export class Forbidden extends DomainError {}
export class Unauthorized extends DomainError {}
export class LimitExceeded extends DomainError {}
export class TooManyRequests extends DomainError {}
export class PayloadTooLarge extends DomainError {}
