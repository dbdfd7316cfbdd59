/** Hands a file to the browser as a download under `fileName`, as the report's downloads are. */
export function saveDownload(file: Blob, fileName: string): void {
  const href = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob when the download starts; keep it a moment for slow devices.
  window.setTimeout(() => URL.revokeObjectURL(href), 30_000);
}
