export const priorityPopulate = {
  parent: true,
  children: true,
};
