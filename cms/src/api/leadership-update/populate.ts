export const leadershipUpdatePopulate = {
  organisation: true,
  photo: true,
};
