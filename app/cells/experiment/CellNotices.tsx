/** Short messages about a cell's saved work, links and imports; nothing when all is well. */
export function CellNotices({ messages }: { messages: readonly (string | null)[] }) {
  const shown = messages.filter((message): message is string => Boolean(message));
  if (shown.length === 0) return null;
  return (
    <div className="cell-notices" role="status">
      {shown.map((message) => (
        <p key={message} className="message notice">
          {message}
        </p>
      ))}
    </div>
  );
}
