/** Sentence pieces of the plain-language summary; `{name}` slots are filled by summarizeConfig. */
export type Phrases = {
  fixed: string;
  orderAmount: string;
  cumulative: string;
  bracketItem: string;
  noDiscountOn: string;
  onSale: string;
  earnPercent: string;
  earnPerAmount: string;
  earnBase: { afterDiscounts: string; beforeDiscounts: string };
  pointValue: string;
  activateNow: string;
  activateAfter: string;
  expireNever: string;
  expireAfter: string;
  payShare: string;
  payShareMin: string;
  payOff: string;
  reward: string;
  rewardCap: string;
  minOrder: string;
  noPointsOn: string;
  noPointsOnSale: string;
  multiplier: string;
  tiersIntro: string;
  tierLevel: string;
  tierFrom: string;
  tierBenefits: { discount: string; earn: string; freeShipping: string };
  grace: string;
  metric: { spend: string; orders: string };
  period: { lifetime: string; calendarMonth: string; rollingDays: string };
  window: string;
  windowDiscount: string;
  windowEarn: string;
  windowCategories: string;
  hours: string;
  dates: string;
  everyDay: string;
  weekdays: string[];
  birthday: string;
  birthdaySpendOnly: string;
  actions: string;
  actionItem: { signUp: string; birthday: string; profileCompleted: string; review: string };
  cashback: string;
  cashbackShare: string;
  referral: string;
  referralCap: string;
  club: string;
  clubJoin: { invitation: string; purchase: string; fee: string };
  clubTerm: string;
  clubForever: string;
  combinedStack: string;
  combinedExclusive: { discount: string; bonus: string };
  points: [string, string, string];
  days: [string, string, string];
  orders: [string, string, string];
  list: (items: string[]) => string;
};

const ru: Phrases = {
  fixed: "Участники получают скидку {percent} на каждый заказ.",
  orderAmount: "Скидка растёт с суммой заказа: {list}.",
  cumulative: "Скидка растёт с суммой покупок {period}: {list}.",
  bracketItem: "{percent} от {amount}",
  noDiscountOn: "Скидка не действует на: {list}.",
  onSale: "товары со скидкой",
  earnPercent: "С каждой покупки начисляется {percent} суммы баллами.",
  earnPerAmount: "За каждые {amount} покупки начисляется {points}.",
  earnBase: {
    afterDiscounts: "Баллы считаются от суммы после скидок.",
    beforeDiscounts: "Баллы считаются от суммы до скидок.",
  },
  pointValue: "1 балл = {amount}.",
  activateNow: "Баллы можно тратить сразу.",
  activateAfter: "Баллы можно тратить через {days} после покупки.",
  expireNever: "Баллы не сгорают.",
  expireAfter: "Баллы сгорают через {days} после того, как их можно тратить.",
  payShare: "Баллами можно оплатить до {percent} заказа.",
  payShareMin: "Баллами можно оплатить до {percent} заказа, если на счёте не меньше {points}.",
  payOff: "Баллами нельзя оплатить часть заказа напрямую.",
  reward: "{points} = скидка {percent} на следующую покупку.",
  rewardCap: "{points} = скидка {percent} на следующую покупку (не больше {amount}).",
  minOrder: "На заказы меньше {amount} баллы не начисляются.",
  noPointsOn: "Баллы не начисляются на: {list}.",
  noPointsOnSale: "На товары со скидкой баллы не начисляются.",
  multiplier: "«{category}»: баллы ×{multiplier}.",
  tiersIntro: "Уровни по {metric} {period}:",
  tierLevel: "{name} — {from}{benefits}",
  tierFrom: "от {threshold}",
  tierBenefits: {
    discount: "скидка {percent}",
    earn: "начисление {rate}",
    freeShipping: "бесплатная доставка",
  },
  grace: "Уровень сохраняется ещё {days}, если сумма опустилась ниже порога.",
  metric: { spend: "сумме покупок", orders: "числу заказов" },
  period: {
    lifetime: "за всё время",
    calendarMonth: "за календарный месяц",
    rollingDays: "за последние {days}",
  },
  window: "{when}: {effects}.",
  windowDiscount: "дополнительная скидка {percent}",
  windowEarn: "баллы ×{multiplier}",
  windowCategories: " (категории: {list})",
  hours: "с {from} до {to}",
  dates: "с {from} по {to}",
  everyDay: "Каждый день",
  weekdays: ["пн", "вт", "ср", "чт", "пт", "сб", "вс"],
  birthday: "В день рождения (±{days}): {effects}.",
  birthdaySpendOnly: "Баллы можно тратить только в дни рождения (±{days}).",
  actions: "Бонусы за действия: {list}.",
  actionItem: {
    signUp: "{points} за регистрацию",
    birthday: "{points} в день рождения",
    profileCompleted: "{points} за заполненный профиль",
    review: "{points} за отзыв",
  },
  cashback: "{percent} от каждой покупки возвращается на счёт участника в {currency}.",
  cashbackShare: "Кешбэком можно оплатить до {percent} заказа.",
  referral: "Друг за первую покупку получает {friend}, пригласивший — {referrer}.",
  referralCap: "Не больше {count} приглашённых в месяц; первый заказ от {amount}.",
  club: "Члены клуба получают скидку {percent}.",
  clubJoin: {
    invitation: "Вступление по приглашению.",
    purchase: "Вступление с покупкой.",
    fee: "Вступительный взнос {amount}.",
  },
  clubTerm: "Членство действует {days}.",
  clubForever: "Членство бессрочное.",
  combinedStack: "Скидка и баллы действуют вместе на одни и те же товары.",
  combinedExclusive: {
    discount: "Скидка главнее: на товары со скидкой баллы не начисляются.",
    bonus: "Баллы главнее: товары, за которые начисляются баллы, идут без скидки.",
  },
  points: ["балл", "балла", "баллов"],
  days: ["день", "дня", "дней"],
  orders: ["заказ", "заказа", "заказов"],
  list: (items) => items.join(", "),
};

const en: Phrases = {
  fixed: "Members get {percent} off every order.",
  orderAmount: "The discount grows with the order amount: {list}.",
  cumulative: "The discount grows with what a member has spent {period}: {list}.",
  bracketItem: "{percent} from {amount}",
  noDiscountOn: "No discount on: {list}.",
  onSale: "items on sale",
  earnPercent: "Every purchase earns {percent} of its amount in points.",
  earnPerAmount: "Every {amount} spent earns {points}.",
  earnBase: {
    afterDiscounts: "Points are counted on the amount after discounts.",
    beforeDiscounts: "Points are counted on the amount before discounts.",
  },
  pointValue: "1 point = {amount}.",
  activateNow: "Points can be spent right away.",
  activateAfter: "Points can be spent {days} after the purchase.",
  expireNever: "Points never expire.",
  expireAfter: "Points expire {days} after they become spendable.",
  payShare: "Points can pay up to {percent} of an order.",
  payShareMin: "Points can pay up to {percent} of an order once the balance is at least {points}.",
  payOff: "Points cannot pay part of an order directly.",
  reward: "{points} = {percent} off the next purchase.",
  rewardCap: "{points} = {percent} off the next purchase (at most {amount}).",
  minOrder: "Orders under {amount} earn no points.",
  noPointsOn: "No points on: {list}.",
  noPointsOnSale: "Items on sale earn no points.",
  multiplier: "“{category}”: ×{multiplier} points.",
  tiersIntro: "Levels by {metric} {period}:",
  tierLevel: "{name}: {from}{benefits}",
  tierFrom: "from {threshold}",
  tierBenefits: {
    discount: "{percent} off",
    earn: "earning {rate}",
    freeShipping: "free delivery",
  },
  grace: "A member keeps a level for {days} after falling below it.",
  metric: { spend: "spend", orders: "number of orders" },
  period: {
    lifetime: "over all time",
    calendarMonth: "in a calendar month",
    rollingDays: "over the last {days}",
  },
  window: "{when}: {effects}.",
  windowDiscount: "an extra {percent} off",
  windowEarn: "×{multiplier} points",
  windowCategories: " (categories: {list})",
  hours: "from {from} to {to}",
  dates: "from {from} to {to}",
  everyDay: "Every day",
  weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
  birthday: "Around the birthday (±{days}): {effects}.",
  birthdaySpendOnly: "Points can be spent only around the member's birthday (±{days}).",
  actions: "Points for actions: {list}.",
  actionItem: {
    signUp: "{points} for signing up",
    birthday: "{points} on the birthday",
    profileCompleted: "{points} for a complete profile",
    review: "{points} for a review",
  },
  cashback: "{percent} of every purchase returns to the member's wallet in {currency}.",
  cashbackShare: "The wallet can pay up to {percent} of an order.",
  referral:
    "A friend gets {friend} for the first purchase, and the member who invited them gets {referrer}.",
  referralCap: "At most {count} friends a month; a first order of at least {amount}.",
  club: "Club members get {percent} off.",
  clubJoin: {
    invitation: "Joining is by invitation.",
    purchase: "Joining comes with a purchase.",
    fee: "The joining fee is {amount}.",
  },
  clubTerm: "Membership lasts {days}.",
  clubForever: "Membership never ends.",
  combinedStack: "The discount and points both apply to the same items.",
  combinedExclusive: {
    discount: "The discount comes first: discounted items earn no points.",
    bonus: "Points come first: items that earn points get no discount.",
  },
  points: ["point", "points", "points"],
  days: ["day", "days", "days"],
  orders: ["order", "orders", "orders"],
  list: (items) => items.join(", "),
};

export const phrases = { ru, en } as const;
