import { z } from "zod";

/** Trims and lower-cases before checking the format, so a pasted " Anna@Shop.ru " is accepted. */
export function emailField(message = "Enter a valid email") {
  return z.string().trim().toLowerCase().pipe(z.email(message));
}
