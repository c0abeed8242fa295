import { KopilkaCart } from "./element";

// A store may include the script twice (theme + app); defining twice would throw.
if (!customElements.get("kopilka-cart")) customElements.define("kopilka-cart", KopilkaCart);
