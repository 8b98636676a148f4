import { useEffect, useState } from "react";
import { type Capabilities, detectCapabilities } from "../../common/capabilities";

let detection: Promise<Capabilities> | null = null;

/** The browser's capabilities, detected once per page load; null for the first few ms. */
export function useCapabilities(): Capabilities | null {
  const [capabilities, setCapabilities] = useState<Capabilities | null>(null);
  useEffect(() => {
    let current = true;
    detection ??= detectCapabilities();
    detection.then((found) => current && setCapabilities(found));
    return () => {
      current = false;
    };
  }, []);
  return capabilities;
}
