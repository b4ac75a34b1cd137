/** Cookie holding the referral code of the link a visitor arrived through (the last click wins). */
export const REFERRAL_COOKIE = "tally_ref";
/** The `via` sub-id of that link, kept with the code so the sign-up records it. */
export const REFERRAL_VIA_COOKIE = "tally_via";
/** A random id of the browser, so an affiliate's clicks count each visitor once a day (stored only hashed). */
export const VISITOR_COOKIE = "tally_vid";
