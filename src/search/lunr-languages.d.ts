// lunr-languages ships CommonJS plugins without per-file types: each exports a function
// that registers itself on the lunr object it is given.
declare module 'lunr-languages/lunr.stemmer.support.js' {
  const register: (lunr: unknown) => void;
  export default register;
}
declare module 'lunr-languages/lunr.fr.js' {
  const register: (lunr: unknown) => void;
  export default register;
}
