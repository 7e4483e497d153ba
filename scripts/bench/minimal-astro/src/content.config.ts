import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  reports: defineCollection({ loader: glob({ base: 'REPORTS_DIR', pattern: '**/*.md' }) }),
};
