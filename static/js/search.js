// Search page /projekte/. htmx replaces #search-area on each search; afterwards this script
// - puts focus on the results heading unless htmx kept it on the control that was used,
// - copies the announcement ("N Treffer" and notices) into the live region outside the area,
// - lets the page title follow the search,
// - keeps the filter disclosure as the user left it (closed at first on narrow screens).
const narrow = window.matchMedia("(max-width: 48rem)");
let filtersOpen = narrow.matches ? false : null;

function applyFiltersState() {
  const facets = document.getElementById("search-facets");
  if (facets && filtersOpen !== null) facets.open = filtersOpen;
}

applyFiltersState();

document.body.addEventListener("htmx:beforeSwap", () => {
  const facets = document.getElementById("search-facets");
  if (facets) filtersOpen = facets.open;
});

document.body.addEventListener("htmx:afterSettle", () => {
  const area = document.getElementById("search-area");
  const announcement = document.getElementById("search-announcement");
  const status = document.getElementById("search-status");
  if (!area || !announcement || !status) return;
  applyFiltersState();
  document.title = area.dataset.title;
  status.textContent = announcement.textContent;
  const focused = document.activeElement;
  if (!focused || focused === document.body || !focused.isConnected) {
    document.getElementById("search-results-heading").focus();
  }
});
