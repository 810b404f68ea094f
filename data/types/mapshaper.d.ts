declare module 'mapshaper' {
  /** Output files keyed by filename; content is a string (or Buffer for binary formats). */
  type ApplyOutput = Record<string, string | Uint8Array>;
  interface Mapshaper {
    applyCommands(commands: string, input?: Record<string, unknown>): Promise<ApplyOutput>;
  }
  const mapshaper: Mapshaper;
  export default mapshaper;
}
