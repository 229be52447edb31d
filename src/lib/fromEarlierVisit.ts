/** Data saved on an earlier visit (a restored query cache) rather than fetched on this one. */
export const isFromEarlierVisit = (dataUpdatedAt: number) => dataUpdatedAt > 0 && dataUpdatedAt < performance.timeOrigin
