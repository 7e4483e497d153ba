/**
 * Where the content lives. `KURSK_CONTENT_DIR` points the whole build at another folder (a
 * synthetic archive for benchmarks, a fixture for tests); by default it is content/.
 */
export const contentDir: string = process.env.KURSK_CONTENT_DIR ?? './content';
