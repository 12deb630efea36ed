// The dashboard's address says which view is open and which report is selected (?view=matrix&report=12),
// so a link from the popup opens that report and a reload keeps the place.
export interface UrlState {
  view: string | null;
  report: number | null;
}

export function readUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const id = Number(p.get('report'));
  return { view: p.get('view'), report: Number.isSafeInteger(id) && id > 0 ? id : null };
}

/** The library is the view a bare address opens: it is left out (dashboard.html?report=12, as the popup links). */
export function urlFor(state: UrlState, defaultView = 'library'): string {
  const p = new URLSearchParams();
  if (state.view && state.view !== defaultView) p.set('view', state.view);
  if (state.report !== null) p.set('report', String(state.report));
  const s = p.toString();
  return s ? `?${s}` : '';
}
