import { ComingSoon } from "../_components/coming-soon";

export default function CampaignsPage() {
  return <ComingSoon section="campaigns" />;
}
