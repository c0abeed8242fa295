/** createElement with attributes and children; the widget's only DOM helper. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Sets the text and hides the element when there is none. */
export function showText(element: HTMLElement, text: string | null | false): void {
  element.hidden = !text;
  element.textContent = text || "";
}
