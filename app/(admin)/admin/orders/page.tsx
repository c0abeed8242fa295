import { ComingSoon } from "../_components/coming-soon";

export default function OrdersPage() {
  return <ComingSoon section="orders" />;
}
