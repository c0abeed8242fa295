import type { CampaignTemplates, CampaignTrigger } from "@/db/schema/campaign-types";

/** Starting text the editor fills in for a trigger; the store edits it before activating. */
export const defaultTemplates: Partial<Record<CampaignTrigger, CampaignTemplates>> = {
  tierUp: {
    ru: {
      subject: "{{name}}, ваш новый уровень — {{tier}}",
      body: "Поздравляем! Вы перешли с уровня {{previousTier}} на уровень {{tier}}: теперь каждая покупка выгоднее.\nВаш баланс: {{balance}} баллов.",
    },
    en: {
      subject: "{{name}}, welcome to {{tier}}",
      body: "Congratulations! You have moved up from {{previousTier}} to {{tier}}: every order now brings you more.\nYour balance: {{balance}} points.",
    },
  },
  tierDown: {
    ru: {
      subject: "{{name}}, ваш уровень теперь {{tier}}",
      body: "Ваш уровень сменился с {{previousTier}} на {{tier}}. Возвращайтесь за покупками — и уровень {{previousTier}} снова ваш.\nВаш баланс: {{balance}} баллов.",
    },
    en: {
      subject: "{{name}}, your tier is now {{tier}}",
      body: "Your tier has changed from {{previousTier}} to {{tier}}. Shop with us again to get back to {{previousTier}}.\nYour balance: {{balance}} points.",
    },
  },
};
