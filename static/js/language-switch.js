// The header's language switch: choosing a language reloads the page in it at once, so the
// "Wechseln" button (there for browsers without JavaScript) is hidden.
for (const form of document.querySelectorAll("form.language-switch")) {
  const select = form.querySelector("select");
  const button = form.querySelector("button[type=submit]");
  if (!select || !button) continue;
  button.hidden = true;
  select.addEventListener("change", () => form.requestSubmit());
}
