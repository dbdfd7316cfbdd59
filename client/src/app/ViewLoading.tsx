/** What a view's place shows while its code is still on its way (a first open on slow wifi). */
export function ViewLoading({ label }: { label: string }) {
  return (
    <p className="muted view-loading" role="status" aria-live="polite">
      Loading the {label} view…
    </p>
  );
}
