/** Cookie holding the referral code of the link a visitor arrived through. */
export const REFERRAL_COOKIE = "tally_ref";
