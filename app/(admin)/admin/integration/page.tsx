import { ComingSoon } from "../_components/coming-soon";

export default function IntegrationPage() {
  return <ComingSoon section="integration" />;
}
