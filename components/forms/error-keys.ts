import type { Messages } from "next-intl";

export type ErrorKey = keyof Messages["Errors"];

/** Server messages are English; the UI shows the known ones in the reader's language. */
export const serverMessageKeys: Record<string, ErrorKey | undefined> = {
  "Please correct the highlighted fields": "correctFields",
  "Something went wrong": "generic",
  "Something went wrong. Please try again.": "generic",
  "Enter your name": "nameRequired",
  "Enter a valid email": "emailInvalid",
  "Use at least 10 characters": "passwordShort",
  "Use letters and digits": "passwordLettersDigits",
  "This email is already registered": "emailTaken",
  "An account with this email already exists. Sign in instead.": "accountExists",
  "Store name needs at least 2 characters": "storeNameShort",
  "Choose a supported currency": "currencyUnsupported",
  "Unknown time zone": "timezoneUnknown",
  "Choose owner, manager or analyst": "roleInvalid",
  "Your role can view but not change this": "readOnlyRole",
  "Only the store owner can do this": "ownerOnly",
  "Please sign in": "signInRequired",
  "You are not a member of this store": "notMember",
  "User is not a member of the organization": "notMember",
  "Teammate not found": "teammateNotFound",
  "User is already a member of this organization": "alreadyMember",
  "User is already invited to this organization": "alreadyInvited",
  "Invitation not found": "invitationNotFound",
  "Enter an http(s) address, e.g. https://shop.example/hooks": "webhookUrlInvalid",
  "Choose at least one event": "webhookEventsRequired",
  "Webhook endpoint not found": "webhookEndpointNotFound",
  "Delivery not found": "deliveryNotFound",
};

/** better-auth client errors carry a stable code. */
export const authCodeKeys: Record<string, ErrorKey | undefined> = {
  INVALID_EMAIL_OR_PASSWORD: "invalidCredentials",
  INVALID_EMAIL: "emailInvalid",
  USER_ALREADY_EXISTS: "accountExists",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "accountExists",
  PASSWORD_TOO_SHORT: "passwordShort",
  INVALID_TOKEN: "invalidToken",
  TOKEN_EXPIRED: "invalidToken",
  INVITATION_NOT_FOUND: "invitationNotFound",
  YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION: "notRecipient",
};
