/** The seed's rules for one-time codes. */
export const MAX_FAILED_ATTEMPTS = 3;
