/**
 * The demo store's products, as plain data: the seed writes them into Kopilka's catalog, and the
 * demo storefront (/demo) reads this module as its own copy, the way a real shop has its own.
 */
export type DemoProduct = {
  sku: string;
  name: string;
  category: string;
  price: number;
  isOnSale?: boolean;
};

export const demoCatalog: readonly DemoProduct[] = [
  { sku: "TEA-001", name: "Да Хун Пао, 100 г", category: "tea", price: 89000 },
  { sku: "TEA-002", name: "Сенча, 100 г", category: "tea", price: 54000 },
  { sku: "TEA-003", name: "Пуэр Шу, блин 357 г", category: "tea", price: 249000 },
  { sku: "COF-001", name: "Эфиопия Иргачефф, 250 г", category: "coffee", price: 79000 },
  { sku: "COF-002", name: "Колумбия Супремо, 1 кг", category: "coffee", price: 219000 },
  { sku: "SWT-001", name: "Пастила яблочная", category: "sweets", price: 35000 },
  { sku: "SWT-002", name: "Мёд липовый, 500 г", category: "sweets", price: 64000, isOnSale: true },
  { sku: "ACC-001", name: "Чайник исинская глина", category: "accessories", price: 459000 },
  { sku: "ACC-002", name: "Гайвань фарфоровая", category: "accessories", price: 129000 },
  { sku: "GFT-001", name: "Подарочный сертификат 3000 ₽", category: "gift-cards", price: 300000 },
];
