/**
 * Timeline filter, a progressive enhancement: reveals the filter form, hides events that do not
 * involve the chosen entity or topic, and keeps the choice in the URL (`?entity=…&topic=…`), so a
 * filtered timeline can be linked. It filters the events of the page it is on (one year; the form's
 * `data-scope` says which, and the status names it). Without this script every event is listed.
 */
const form = document.querySelector<HTMLFormElement>('#timeline-filter');
if (form) {
  const entity = form.querySelector<HTMLSelectElement>('#filter-entity')!;
  const topic = form.querySelector<HTMLSelectElement>('#filter-topic')!;
  const status = form.querySelector<HTMLElement>('#filter-status')!;
  const events = [...document.querySelectorAll<HTMLElement>('.event[data-filter]')];
  const months = [...document.querySelectorAll<HTMLElement>('[data-month]')];
  // Which events the page holds (`in 2024` on a year's page), so the count says what it counts.
  const scope = form.dataset.scope ? ` ${form.dataset.scope}` : '';

  const known = (select: HTMLSelectElement, value: string | null) =>
    value && [...select.options].some((o) => o.value === value) ? value : '';

  const apply = (updateUrl: boolean) => {
    const wanted = [entity.value && `entity:${entity.value}`, topic.value && `topic:${topic.value}`].filter(
      Boolean,
    ) as string[];
    let shown = 0;
    for (const event of events) {
      const tokens = event.dataset.filter!.split(' ');
      const match = wanted.every((w) => tokens.includes(w));
      event.hidden = !match;
      if (match) shown += 1;
    }
    for (const month of months) month.hidden = !month.querySelector('.event:not([hidden])');
    status.textContent =
      wanted.length === 0
        ? `Showing all ${events.length} events${scope}.`
        : `Showing ${shown} of ${events.length} events${scope}.`;
    if (updateUrl) {
      const url = new URL(window.location.href);
      for (const [key, select] of [
        ['entity', entity],
        ['topic', topic],
      ] as const) {
        if (select.value) url.searchParams.set(key, select.value);
        else url.searchParams.delete(key);
      }
      history.replaceState(null, '', url);
    }
  };

  const params = new URLSearchParams(window.location.search);
  entity.value = known(entity, params.get('entity'));
  topic.value = known(topic, params.get('topic'));
  form.hidden = false;
  form.addEventListener('change', () => apply(true));
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  form.addEventListener('submit', (e) => e.preventDefault());
  apply(false);
}
