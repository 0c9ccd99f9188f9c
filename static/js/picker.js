// Pickers of the project form (templates/projects/includes/picker.html): a hit that is
// checked moves at once into the chosen list, so that a new search, which replaces the hits,
// never drops it. The picker's status region says what was added. Without JavaScript the
// "Suchen" button sends the form, and the server lists the checked hits as chosen.
document.addEventListener("change", (event) => {
  const input = event.target;
  const option = input.closest(".picker__options .kern-form-check");
  if (!option || !input.checked) return;
  const picker = input.closest(".picker");
  const chosen = picker.querySelector(".picker__chosen");
  for (const empty of chosen.querySelectorAll(".picker__empty")) empty.remove();
  // Before the "none" choice and the hidden input, which close the list.
  chosen.insertBefore(option, chosen.querySelector(":scope > .picker__none, :scope > input"));
  input.focus();
  const status = picker.querySelector(".picker__status");
  const label = option.querySelector("label");
  if (status && label) status.textContent = `${label.textContent.trim()}: ${status.dataset.added}`;
});
