import { ComingSoon } from "../_components/coming-soon";

export default function MembersPage() {
  return <ComingSoon section="members" />;
}
