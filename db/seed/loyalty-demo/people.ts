import type { Random } from "./random";

const women = [
  "Анна",
  "Мария",
  "Елена",
  "Ольга",
  "Наталья",
  "Татьяна",
  "Ирина",
  "Светлана",
  "Юлия",
  "Дарья",
  "Екатерина",
  "Ксения",
  "Алина",
  "Виктория",
  "Полина",
];
const men = [
  "Алексей",
  "Дмитрий",
  "Сергей",
  "Андрей",
  "Михаил",
  "Иван",
  "Никита",
  "Павел",
  "Артём",
  "Максим",
  "Егор",
  "Роман",
  "Кирилл",
  "Олег",
  "Илья",
];
const surnames = [
  "Иванов",
  "Смирнов",
  "Кузнецов",
  "Попов",
  "Васильев",
  "Петров",
  "Соколов",
  "Михайлов",
  "Новиков",
  "Фёдоров",
  "Морозов",
  "Волков",
  "Алексеев",
  "Лебедев",
  "Семёнов",
  "Егоров",
  "Павлов",
  "Козлов",
  "Степанов",
  "Николаев",
];

export type Person = {
  name: string;
  email: string;
  phone: string | undefined;
  birthday: string | undefined;
};

/** A plausible Russian buyer; about a third fill in the whole profile. */
export function createPerson(random: Random, index: number): Person {
  const isWoman = random.chance(0.6);
  const first = random.pick(isWoman ? women : men);
  const last = random.pick(surnames) + (isWoman ? "а" : "");
  const hasFullProfile = random.chance(0.3);
  const month = String(random.int(1, 12)).padStart(2, "0");
  const day = String(random.int(1, 28)).padStart(2, "0");
  return {
    name: `${first} ${last}`,
    email: `member${String(index).padStart(4, "0")}@example.com`,
    phone: hasFullProfile
      ? `+7 9${random.int(10, 99)} ${random.int(100, 999)}-${random.int(10, 99)}-${random.int(10, 99)}`
      : undefined,
    birthday:
      hasFullProfile || random.chance(0.3)
        ? `${random.int(1965, 2004)}-${month}-${day}`
        : undefined,
  };
}
