import "server-only";
import { randomBytes } from "node:crypto";
import { REFERRAL_BONUS } from "@/config/plans";
import { grant, reverseCredits } from "@/lib/credits";
import { db, isUniqueViolation } from "@/lib/db";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** The person's referral code, made on first use (8 characters, no look-alike letters). */
export async function ensureReferralCode(userId: string): Promise<string> {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { referralCode: true } });
  if (user.referralCode) return user.referralCode;
  for (;;) {
    const code = Array.from(randomBytes(8), (byte) => ALPHABET[byte % ALPHABET.length]).join("");
    try {
      const { count } = await db().user.updateMany({
        where: { id: userId, referralCode: null },
        data: { referralCode: code },
      });
      if (count === 1) return code;
      return (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { referralCode: true } }))
        .referralCode!;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}

/** Records that a new person signed up through a referral link (never their own), with the link's sub-id. */
export async function recordReferral({
  refereeId,
  code,
  via = null,
  now = new Date(),
}: {
  refereeId: string;
  code: string;
  via?: string | null;
  now?: Date;
}) {
  const referrer = await db().user.findUnique({ where: { referralCode: code.toUpperCase() }, select: { id: true } });
  if (!referrer || referrer.id === refereeId) return false;
  try {
    await db().referral.create({ data: { refereeId, referrerId: referrer.id, via, createdAt: now } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * At a referred person's first payment the referral converts, exactly once: the conversion is claimed
 * with a conditional write (remembering the payment, whose refund can take the bonuses back), then each
 * verified party gets their bonus (grantReferralBonuses).
 */
export async function convertReferral(refereeId: string, paymentIntentId: string | null) {
  const referral = await db().referral.findUnique({ where: { refereeId } });
  if (!referral) return false;
  await db().referral.updateMany({
    where: { refereeId, convertedAt: null },
    data: { convertedAt: new Date(), paymentIntentId },
  });
  await grantReferralBonuses(refereeId);
  return true;
}

/**
 * The bonuses of a converted referral, each to its person only once their email is verified (so a
 * made-up address earns nothing; the one who verifies later gets theirs then), never after the payment
 * went back. Each grant has its own idempotency key, one per user, so repeating this changes nothing.
 */
export async function grantReferralBonuses(refereeId: string) {
  const referral = await db().referral.findUnique({
    where: { refereeId },
    include: { referee: { select: { emailVerifiedAt: true } }, referrer: { select: { emailVerifiedAt: true } } },
  });
  if (!referral?.convertedAt || referral.clawedBackAt) return;
  if (referral.referrer.emailVerifiedAt)
    await grant({
      userId: referral.referrerId,
      source: "REFERRAL",
      amount: REFERRAL_BONUS.referrer,
      grantKey: `referral:referrer:${refereeId}`,
    });
  if (referral.referee.emailVerifiedAt)
    await grant({
      userId: refereeId,
      source: "REFERRAL",
      amount: REFERRAL_BONUS.referee,
      grantKey: "referral:referee",
    });
}

/**
 * The payment that converted a referral went back (refunded, or a dispute lost, within 30 days): what is
 * left of both bonuses is taken back, once each (what was already spent is the shortfall), and a bonus
 * not granted yet (its person unverified) never will be.
 */
export async function clawBackReferral({
  refereeId,
  paymentIntentId,
  now,
}: {
  refereeId: string;
  paymentIntentId: string;
  now: Date;
}) {
  const referral = await db().referral.findUnique({ where: { refereeId } });
  if (!referral || referral.paymentIntentId !== paymentIntentId) return;
  await db().referral.updateMany({ where: { refereeId, clawedBackAt: null }, data: { clawedBackAt: now } });
  const common = {
    paymentIntentId,
    kind: "REFERRAL" as const,
    status: "TAKEN" as const,
    amountCents: 0,
    fromOtherBuckets: false,
    now,
  };
  const bonuses = [
    {
      id: `referral:referrer:${refereeId}`,
      userId: referral.referrerId,
      credits: REFERRAL_BONUS.referrer,
      grantKey: `referral:referrer:${refereeId}`,
    },
    {
      id: `referral:referee:${refereeId}`,
      userId: refereeId,
      credits: REFERRAL_BONUS.referee,
      grantKey: "referral:referee",
    },
  ];
  for (const bonus of bonuses) {
    const granted = await db().creditBucket.findUnique({
      where: { userId_grantKey: { userId: bonus.userId, grantKey: bonus.grantKey } },
      select: { id: true },
    });
    if (granted) await reverseCredits({ ...common, ...bonus });
  }
}

export async function referralStats({ userId }: { userId: string }) {
  const [signUps, conversions, earned] = await Promise.all([
    db().referral.count({ where: { referrerId: userId } }),
    db().referral.count({ where: { referrerId: userId, convertedAt: { not: null } } }),
    db().creditBucket.aggregate({
      where: { userId, source: "REFERRAL", grantKey: { startsWith: "referral:referrer:" } },
      _sum: { granted: true },
    }),
  ]);
  return { signUps, conversions, creditsEarned: earned._sum.granted ?? 0 };
}
