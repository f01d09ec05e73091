// Text with its 【待补充…】 gaps highlighted, for the lines outside the editor.
const GAPS = /(【待补充[^】]*】)/;

export function GapText({ text }: { text: string }) {
  return (
    <>
      {text.split(GAPS).map((part, i) =>
        i % 2 ? (
          <span key={i} className="gap">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
