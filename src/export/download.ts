/** Saves a Blob under a file name through a temporary link, the way browsers download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
