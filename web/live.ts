/** The envelope types the pipeline publishes; each arrives as a named Server-Sent Event. */
const EVENT_TYPES = ['DeploymentAnnounced', 'WithdrawalBegun', 'EntityDissolved', 'ArticleProcessed', 'ArticleDeleted'];
/** Events of one upload arrive together: reload once they stop. */
const SETTLE_MS = 250;

/** Subscribes to `/events`: counts domain events for the "n new" marker and reloads after each burst. */
export function subscribe(onNew: (domainEvents: number) => void, reload: () => void): EventSource {
  const source = new EventSource('/events');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = 0;
  for (const type of EVENT_TYPES) {
    source.addEventListener(type, () => {
      if (!type.startsWith('Article')) pending++;
      clearTimeout(timer);
      timer = setTimeout(() => {
        onNew(pending);
        pending = 0;
        reload();
      }, SETTLE_MS);
    });
  }
  return source;
}

/** The date picked in the Published field, sent as the object's `published` metadata (as `sitrep ingest --published`). */
const publishedQuery = (): string => {
  const date = (document.getElementById('upload-published') as HTMLInputElement | null)?.value;
  return date ? `&published=${encodeURIComponent(date)}` : '';
};

/** Stores files in the bucket through `POST /upload`; the pipeline picks them up like any S3 upload. */
export async function upload(files: Iterable<File>, report: (message: string) => void): Promise<void> {
  for (const file of files) {
    const res = await fetch(`/upload?key=${encodeURIComponent(file.name)}${publishedQuery()}`, {
      method: 'POST',
      body: file,
    });
    const body = (await res.json()) as { code?: string; message?: string };
    report(res.ok ? `Uploaded ${file.name}; processing…` : `${body.code}: ${body.message}`);
  }
}

/** Drag-and-drop anywhere on the page uploads the dropped files. */
export function acceptDrops(report: (message: string) => void): void {
  let depth = 0;
  document.addEventListener('dragenter', (e) => {
    e.preventDefault();
    if (++depth === 1) document.body.classList.add('dragging');
  });
  document.addEventListener('dragleave', () => {
    if (--depth <= 0) {
      depth = 0;
      document.body.classList.remove('dragging');
    }
  });
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    document.body.classList.remove('dragging');
    if (e.dataTransfer?.files.length) void upload(e.dataTransfer.files, report);
  });
}
