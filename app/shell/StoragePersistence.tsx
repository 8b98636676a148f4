import { useEffect, useState } from "react";
import { keepStorage } from "../../engine/saved/keepStorage";

/** Whether the browser keeps the saved work when the disk runs low (`navigator.storage`). */
export function StoragePersistence() {
  const [persisted, setPersisted] = useState<boolean | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const read = () =>
      keepStorage.persisted().then((answer) => {
        if (current) setPersisted(answer);
      });
    read();
    const stop = keepStorage.onChange(read);
    return () => {
      current = false;
      stop();
    };
  }, []);
  if (persisted === undefined) return null;
  const { name, meaning } = ANSWERS[String(persisted) as keyof typeof ANSWERS];
  return (
    <p className="storage-persistence" data-persisted={String(persisted)}>
      <strong>Storage: {name}.</strong> {meaning}
    </p>
  );
}

const ANSWERS = {
  true: { name: "persistent", meaning: "The browser keeps it even when the disk runs low." },
  false: {
    name: "best effort",
    meaning:
      "The browser may clear it when the disk runs low. Corelab asks to keep it once, the first time your work is saved; the browser decides.",
  },
  null: {
    name: "unknown",
    meaning: "This browser does not say whether it keeps it when the disk runs low.",
  },
};
