// html-validate over every built page (tests/e2e/built-site.spec.ts; also `npx html-validate dist`).
// The recommended rules apply, with these exceptions, each wrong for a news archive:
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // An SEO length heuristic, not validity: a page's title is the report's headline (the schema
    // allows 140 characters) plus the site name, and shortening headlines would misquote sources.
    'long-title': 'off',
  },
};
