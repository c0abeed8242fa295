import { ComingSoon } from "../_components/coming-soon";

export default function ProgramsPage() {
  return <ComingSoon section="programs" />;
}
