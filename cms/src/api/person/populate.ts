export const personPopulate = {
  organisation: true,
  priorities: true,
};
