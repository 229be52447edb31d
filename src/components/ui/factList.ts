/** A `<dl>` of facts, one `<div><dt/><dd/></div>` each: names in a column, values beside them. */
export const factListClasses =
  'my-2 grid gap-[3px] [&>div]:grid [&>div]:grid-cols-[130px_1fr] [&>div]:gap-2 [&_dt]:text-muted-foreground [&_dd]:m-0 [&_dd]:[overflow-wrap:anywhere]'
